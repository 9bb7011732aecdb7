-- The settings' cache version (see schema/tables/cache-versions.ts): every write to a setting renews it.
INSERT INTO `cache_versions` (`name`, `version`) VALUES ('settings', lower(hex(randomblob(8))));
--> statement-breakpoint
CREATE TRIGGER `settings_insert_version` AFTER INSERT ON `settings`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'settings';
END;
--> statement-breakpoint
CREATE TRIGGER `settings_update_version` AFTER UPDATE ON `settings`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'settings';
END;
--> statement-breakpoint
CREATE TRIGGER `settings_delete_version` AFTER DELETE ON `settings`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'settings';
END;
