-- The calendar's cache version (see schema/tables/cache-versions.ts): every insert, update or delete
-- of a calendar year or day sets a fresh random version, so a worker keeping the calendar in memory
-- sees any write, whoever makes it (the worker, the seed, the admin CLI, a console session).
INSERT INTO `cache_versions` (`name`, `version`) VALUES ('calendar', lower(hex(randomblob(8))));
--> statement-breakpoint
CREATE TRIGGER `calendar_years_insert_version` AFTER INSERT ON `calendar_years`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'calendar';
END;
--> statement-breakpoint
CREATE TRIGGER `calendar_years_update_version` AFTER UPDATE ON `calendar_years`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'calendar';
END;
--> statement-breakpoint
CREATE TRIGGER `calendar_years_delete_version` AFTER DELETE ON `calendar_years`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'calendar';
END;
--> statement-breakpoint
CREATE TRIGGER `calendar_days_insert_version` AFTER INSERT ON `calendar_days`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'calendar';
END;
--> statement-breakpoint
CREATE TRIGGER `calendar_days_update_version` AFTER UPDATE ON `calendar_days`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'calendar';
END;
--> statement-breakpoint
CREATE TRIGGER `calendar_days_delete_version` AFTER DELETE ON `calendar_days`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'calendar';
END;
