CREATE TABLE `research` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`topic` text NOT NULL,
	`lead_unit_id` integer,
	`status` text DEFAULT '调研中' NOT NULL,
	`draft_version` integer DEFAULT 1 NOT NULL,
	`doc_no` text,
	`issued_on` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`lead_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `research_approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`research_id` integer NOT NULL,
	`draft_version` integer NOT NULL,
	`unit_id` integer,
	`decision` text NOT NULL,
	`opinion` text,
	`on` text NOT NULL,
	`actor` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`research_id`) REFERENCES `research`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `research_approvals_item_idx` ON `research_approvals` (`research_id`,`draft_version`);--> statement-breakpoint
CREATE INDEX `research_approvals_unit_idx` ON `research_approvals` (`unit_id`);--> statement-breakpoint
CREATE TABLE `research_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`research_id` integer NOT NULL,
	`version` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`text` text,
	`attachment` text,
	`on` text NOT NULL,
	`approvals_due` text NOT NULL,
	`provisional` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`research_id`) REFERENCES `research`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `research_drafts_version_uq` ON `research_drafts` (`research_id`,`version`);--> statement-breakpoint
CREATE TABLE `research_units` (
	`research_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	FOREIGN KEY (`research_id`) REFERENCES `research`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `research_units_uq` ON `research_units` (`research_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `research_units_unit_idx` ON `research_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `taskforce_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`taskforce_id` integer NOT NULL,
	`on` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`actor` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`taskforce_id`) REFERENCES `taskforces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `taskforce_log_item_idx` ON `taskforce_log` (`taskforce_id`);--> statement-breakpoint
CREATE TABLE `taskforce_matters` (
	`taskforce_id` integer NOT NULL,
	`matter_id` integer NOT NULL,
	FOREIGN KEY (`taskforce_id`) REFERENCES `taskforces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `taskforce_matters_uq` ON `taskforce_matters` (`taskforce_id`,`matter_id`);--> statement-breakpoint
CREATE INDEX `taskforce_matters_matter_idx` ON `taskforce_matters` (`matter_id`);--> statement-breakpoint
CREATE TABLE `taskforce_members` (
	`taskforce_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`side` text NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`taskforce_id`) REFERENCES `taskforces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `taskforce_members_uq` ON `taskforce_members` (`taskforce_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `taskforce_members_person_idx` ON `taskforce_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `taskforces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`serves` text NOT NULL,
	`matter_id` integer,
	`status` text DEFAULT '运行中' NOT NULL,
	`ended_on` text,
	`end_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `taskforces_name_unique` ON `taskforces` (`name`);