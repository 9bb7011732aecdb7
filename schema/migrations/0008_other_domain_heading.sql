-- The plan heads its fifth domain 其他相关工作; ledgers seeded before this fix stored it as 其他.
UPDATE `tasks` SET `domain` = '其他相关工作' WHERE `domain` = '其他';
