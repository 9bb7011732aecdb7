DROP INDEX `reminder_deliveries_once_uq`;--> statement-breakpoint
ALTER TABLE `reminder_deliveries` ADD `person_id` integer REFERENCES people(id);--> statement-breakpoint
ALTER TABLE `reminder_deliveries` ADD `person_name` text;