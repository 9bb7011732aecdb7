PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_enterprise_units` (
	`enterprise_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`enterprise_id`, `unit_id`),
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_enterprise_units`("enterprise_id", "unit_id") SELECT "enterprise_id", "unit_id" FROM `enterprise_units`;--> statement-breakpoint
DROP TABLE `enterprise_units`;--> statement-breakpoint
ALTER TABLE `__new_enterprise_units` RENAME TO `enterprise_units`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `enterprise_units_unit_idx` ON `enterprise_units` (`unit_id`);