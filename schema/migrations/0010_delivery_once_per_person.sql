-- Custom SQL migration file, put your code below! ---- One delivery per reminder, channel, recipient and person (a unit without a 联络员 counts as person 0),
-- so the daily run stays idempotent when two leaders in charge share a channel.
CREATE UNIQUE INDEX `reminder_deliveries_once_uq` ON `reminder_deliveries` (`reminder_id`, `channel_id`, `recipient`, coalesce(`person_id`, 0));
