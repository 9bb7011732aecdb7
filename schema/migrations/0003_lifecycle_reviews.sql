CREATE TABLE `matter_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` integer NOT NULL,
	`settled` text NOT NULL,
	`result` text NOT NULL,
	`on_time` integer NOT NULL,
	`decision` text NOT NULL,
	`note` text,
	`actor` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matter_reviews_matter_idx` ON `matter_reviews` (`matter_id`);--> statement-breakpoint
ALTER TABLE `matters` ADD `returns` integer DEFAULT 0 NOT NULL;