CREATE TABLE `reminder_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reminder_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`recipient` text NOT NULL,
	`status` text DEFAULT '待发送' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`queued_at` integer,
	`last_attempt_at` integer,
	`next_attempt_at` integer,
	`delivered_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`reminder_id`) REFERENCES `reminders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`channel_id`) REFERENCES `unit_channels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_deliveries_once_uq` ON `reminder_deliveries` (`reminder_id`,`channel_id`,`recipient`);--> statement-breakpoint
CREATE INDEX `reminder_deliveries_reminder_idx` ON `reminder_deliveries` (`reminder_id`);--> statement-breakpoint
CREATE TABLE `unit_channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`secret` text,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_channels_unit_idx` ON `unit_channels` (`unit_id`);--> statement-breakpoint
DROP INDEX `reminders_matter_day_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_matter_day_level_uq` ON `reminders` (`matter_id`,`on`,`kind`);