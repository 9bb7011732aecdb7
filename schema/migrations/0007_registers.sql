CREATE TABLE `enterprise_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`reviewed_on` text NOT NULL,
	`level` text NOT NULL,
	`note` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enterprise_reviews_enterprise_idx` ON `enterprise_reviews` (`enterprise_id`,`reviewed_on`);--> statement-breakpoint
CREATE TABLE `enterprise_units` (
	`enterprise_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`enterprise_id`, `unit_id`),
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enterprise_units_unit_idx` ON `enterprise_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `enterprises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`measures` text NOT NULL,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_name_unique` ON `enterprises` (`name`);--> statement-breakpoint
CREATE TABLE `hearing_interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`who` text NOT NULL,
	`outcome` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearing_interviews_agency_idx` ON `hearing_interviews` (`agency_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `hearings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_no` text NOT NULL,
	`court` text NOT NULL,
	`hearing_on` text NOT NULL,
	`agency_id` integer NOT NULL,
	`head_required` integer NOT NULL,
	`appeared` text NOT NULL,
	`head_spoke` integer,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearings_agency_idx` ON `hearings` (`agency_id`,`hearing_on`);--> statement-breakpoint
CREATE TABLE `petition_risk_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`risk_id` integer NOT NULL,
	`done_on` text NOT NULL,
	`action` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`risk_id`) REFERENCES `petition_risks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `petition_risk_actions_risk_idx` ON `petition_risk_actions` (`risk_id`,`done_on`);--> statement-breakpoint
CREATE TABLE `petition_risks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_no` text NOT NULL,
	`agency_id` integer NOT NULL,
	`grade` text NOT NULL,
	`assessed_on` text NOT NULL,
	`plan` text NOT NULL,
	`liaison` text NOT NULL,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `petition_risks_agency_idx` ON `petition_risks` (`agency_id`);--> statement-breakpoint
CREATE INDEX `petition_risks_open_idx` ON `petition_risks` (`status`,`grade`);--> statement-breakpoint
CREATE TABLE `suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`no` text NOT NULL,
	`issued_on` text NOT NULL,
	`addressee_id` integer NOT NULL,
	`subject` text NOT NULL,
	`kind` text NOT NULL,
	`reply_days` integer NOT NULL,
	`reply_by` text NOT NULL,
	`replied_on` text,
	`adoption` text,
	`reply` text,
	`reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`addressee_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suggestions_no_unique` ON `suggestions` (`no`);--> statement-breakpoint
CREATE INDEX `suggestions_addressee_idx` ON `suggestions` (`addressee_id`,`issued_on`);