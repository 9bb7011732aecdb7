CREATE TABLE `unit_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
	`unit_id` integer NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_aliases_unit_idx` ON `unit_aliases` (`unit_id`);--> statement-breakpoint
CREATE TABLE `unit_group_members` (
	`group_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`group_id`, `unit_id`),
	FOREIGN KEY (`group_id`) REFERENCES `unit_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `unit_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_groups_name_unique` ON `unit_groups` (`name`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`member` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_name_unique` ON `units` (`name`);--> statement-breakpoint
CREATE TABLE `task_responsibilities` (
	`task_no` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`unit_id` integer,
	`group_id` integer,
	PRIMARY KEY(`task_no`, `position`),
	FOREIGN KEY (`task_no`) REFERENCES `tasks`(`no`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `unit_groups`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "task_responsibilities_one_target" CHECK(("task_responsibilities"."unit_id" is null) <> ("task_responsibilities"."group_id" is null))
);
--> statement-breakpoint
CREATE TABLE `tasks` (
	`no` integer PRIMARY KEY NOT NULL,
	`domain` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text,
	`role` text NOT NULL,
	`unit_id` integer,
	`title` text,
	`phone` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_unit_idx` ON `people` (`unit_id`);--> statement-breakpoint
CREATE TABLE `tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hash` text NOT NULL,
	`role` text NOT NULL,
	`unit_id` integer,
	`person_id` integer,
	`label` text,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tokens_hash_unique` ON `tokens` (`hash`);--> statement-breakpoint
CREATE INDEX `tokens_unit_idx` ON `tokens` (`unit_id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`task_no` integer NOT NULL,
	`period` text NOT NULL,
	`progress` text NOT NULL,
	`problems` text DEFAULT '' NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`submitted_on` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_no`) REFERENCES `tasks`(`no`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_unit_task_period_uq` ON `reports` (`unit_id`,`task_no`,`period`);--> statement-breakpoint
CREATE INDEX `reports_period_idx` ON `reports` (`period`);--> statement-breakpoint
CREATE TABLE `calendar_days` (
	`date` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text,
	FOREIGN KEY (`year`) REFERENCES `calendar_years`(`year`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `calendar_days_year_idx` ON `calendar_days` (`year`);--> statement-breakpoint
CREATE TABLE `calendar_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `matter_extensions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`reason` text NOT NULL,
	`days` integer NOT NULL,
	`status` text DEFAULT '待审批' NOT NULL,
	`decision_note` text,
	`previous_deadline` text NOT NULL,
	`new_deadline` text,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matter_extensions_matter_idx` ON `matter_extensions` (`matter_id`);--> statement-breakpoint
CREATE TABLE `matter_units` (
	`matter_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`role` text NOT NULL,
	`contribution` text,
	`contributed_at` integer,
	PRIMARY KEY(`matter_id`, `unit_id`),
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matter_units_unit_idx` ON `matter_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `matters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`task_no` integer,
	`source` text NOT NULL,
	`source_ref` text,
	`lead_unit_id` integer NOT NULL,
	`assigned` text NOT NULL,
	`days` integer DEFAULT 10 NOT NULL,
	`deadline` text NOT NULL,
	`original_deadline` text NOT NULL,
	`provisional` integer DEFAULT false NOT NULL,
	`status` text DEFAULT '办理中' NOT NULL,
	`overdue_since` text,
	`settled` text,
	`result` text,
	`on_time` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`task_no`) REFERENCES `tasks`(`no`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matters_lead_idx` ON `matters` (`lead_unit_id`);--> statement-breakpoint
CREATE INDEX `matters_assigned_idx` ON `matters` (`assigned`);--> statement-breakpoint
CREATE INDEX `matters_status_idx` ON `matters` (`status`);--> statement-breakpoint
CREATE INDEX `matters_task_idx` ON `matters` (`task_no`);--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`on` text NOT NULL,
	`kind` text NOT NULL,
	`workdays_left` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_matter_day_uq` ON `reminders` (`matter_id`,`on`);--> statement-breakpoint
CREATE TABLE `meeting_attendees` (
	`meeting_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`invited` integer DEFAULT true NOT NULL,
	`attended` integer,
	PRIMARY KEY(`meeting_id`, `unit_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`topic` text,
	`proposed_by_unit_id` integer,
	`minutes_no` text,
	`minutes` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`proposed_by_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assessment_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`date` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_adjustments_year_idx` ON `assessment_adjustments` (`year`,`unit_id`);--> statement-breakpoint
CREATE TABLE `assessment_closures` (
	`year` integer PRIMARY KEY NOT NULL,
	`scheme_id` integer NOT NULL,
	`result` text NOT NULL,
	`closed_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`scheme_id`) REFERENCES `assessment_schemes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assessment_schemes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`version` integer NOT NULL,
	`scheme` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `assessment_schemes_year_idx` ON `assessment_schemes` (`year`,`version`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `change_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer NOT NULL,
	`actor` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `change_log_entity_idx` ON `change_log` (`entity`,`entity_id`);