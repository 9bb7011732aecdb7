DROP TABLE `meeting_attendees`;--> statement-breakpoint
DROP TABLE `meetings`;