-- The matter list's cache version (see schema/tables/cache-versions.ts): every write to the matters,
-- their units, extensions and reviews, the meeting decisions they came from and those meetings renews
-- `matters`, whoever makes it, so a page of matters kept per isolate is answered again at once.
INSERT INTO `cache_versions` (`name`, `version`) VALUES ('matters', lower(hex(randomblob(8))));
--> statement-breakpoint
CREATE TRIGGER `matters_insert_matters_version` AFTER INSERT ON `matters`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matters_update_matters_version` AFTER UPDATE ON `matters`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matters_delete_matters_version` AFTER DELETE ON `matters`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_units_insert_matters_version` AFTER INSERT ON `matter_units`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_units_update_matters_version` AFTER UPDATE ON `matter_units`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_units_delete_matters_version` AFTER DELETE ON `matter_units`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_extensions_insert_matters_version` AFTER INSERT ON `matter_extensions`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_extensions_update_matters_version` AFTER UPDATE ON `matter_extensions`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_extensions_delete_matters_version` AFTER DELETE ON `matter_extensions`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_reviews_insert_matters_version` AFTER INSERT ON `matter_reviews`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_reviews_update_matters_version` AFTER UPDATE ON `matter_reviews`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `matter_reviews_delete_matters_version` AFTER DELETE ON `matter_reviews`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_decisions_insert_matters_version` AFTER INSERT ON `meeting_decisions`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_decisions_update_matters_version` AFTER UPDATE ON `meeting_decisions`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_decisions_delete_matters_version` AFTER DELETE ON `meeting_decisions`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_insert_matters_version` AFTER INSERT ON `meetings`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_update_matters_version` AFTER UPDATE ON `meetings`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_delete_matters_version` AFTER DELETE ON `meetings`
BEGIN
	UPDATE `cache_versions` SET `version` = lower(hex(randomblob(8))) WHERE `name` = 'matters';
END;
