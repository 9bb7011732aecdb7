-- The change log is append-only: the database itself refuses to alter or remove a line,
-- whoever asks (the worker, the admin CLI, a console session). Restoring history means
-- D1 Time Travel, not editing the log.
CREATE TRIGGER `change_log_no_update` BEFORE UPDATE ON `change_log`
BEGIN
	SELECT RAISE(ABORT, 'change_log is append-only: rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER `change_log_no_delete` BEFORE DELETE ON `change_log`
BEGIN
	SELECT RAISE(ABORT, 'change_log is append-only: rows cannot be deleted');
END;
