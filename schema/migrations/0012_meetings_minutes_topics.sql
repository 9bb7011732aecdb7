CREATE TABLE `meeting_attendees` (
	`meeting_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`status` text,
	`delegate` text,
	PRIMARY KEY(`meeting_id`, `unit_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendees_unit_idx` ON `meeting_attendees` (`unit_id`);--> statement-breakpoint
CREATE TABLE `meeting_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`no` integer NOT NULL,
	`text` text NOT NULL,
	`lead_unit_id` integer NOT NULL,
	`co_unit_ids` text NOT NULL,
	`days` integer DEFAULT 10 NOT NULL,
	`matter_id` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_decisions_no_uq` ON `meeting_decisions` (`meeting_id`,`no`);--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_decisions_matter_uq` ON `meeting_decisions` (`matter_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`convener` text NOT NULL,
	`place` text NOT NULL,
	`minutes_no` text,
	`minutes_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `meetings_date_idx` ON `meetings` (`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_minutes_no_uq` ON `meetings` (`minutes_no`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`proposer_unit_id` integer NOT NULL,
	`meeting_id` integer,
	`status` text DEFAULT '待处理' NOT NULL,
	`reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`proposer_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `topics_proposer_idx` ON `topics` (`proposer_unit_id`);--> statement-breakpoint
CREATE INDEX `topics_meeting_idx` ON `topics` (`meeting_id`);