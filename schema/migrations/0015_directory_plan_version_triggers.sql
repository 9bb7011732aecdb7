-- The unit directory's and the plan's cache versions (see schema/tables/cache-versions.ts): every
-- write to units, their aliases, groups and members renews `directory`, every write to the tasks and
-- their responsibilities renews `plan`, whoever makes it.
INSERT INTO `cache_versions` (`name`, `version`) VALUES ('directory', lower(hex(randomblob(8)))), ('plan', lower(hex(randomblob(8))));
--> statement-breakpoint
CREATE TRIGGER `units_insert_version` AFTER INSERT ON `units`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `units_update_version` AFTER UPDATE ON `units`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `units_delete_version` AFTER DELETE ON `units`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_aliases_insert_version` AFTER INSERT ON `unit_aliases`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_aliases_update_version` AFTER UPDATE ON `unit_aliases`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_aliases_delete_version` AFTER DELETE ON `unit_aliases`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_groups_insert_version` AFTER INSERT ON `unit_groups`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_groups_update_version` AFTER UPDATE ON `unit_groups`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_groups_delete_version` AFTER DELETE ON `unit_groups`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_group_members_insert_version` AFTER INSERT ON `unit_group_members`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_group_members_update_version` AFTER UPDATE ON `unit_group_members`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `unit_group_members_delete_version` AFTER DELETE ON `unit_group_members`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'directory';
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_insert_version` AFTER INSERT ON `tasks`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'plan';
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_update_version` AFTER UPDATE ON `tasks`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'plan';
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_delete_version` AFTER DELETE ON `tasks`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'plan';
END;
--> statement-breakpoint
CREATE TRIGGER `task_responsibilities_insert_version` AFTER INSERT ON `task_responsibilities`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'plan';
END;
--> statement-breakpoint
CREATE TRIGGER `task_responsibilities_update_version` AFTER UPDATE ON `task_responsibilities`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'plan';
END;
--> statement-breakpoint
CREATE TRIGGER `task_responsibilities_delete_version` AFTER DELETE ON `task_responsibilities`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'plan';
END;
