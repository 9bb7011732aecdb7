import { createApp } from "./app";
import { scheduled } from "./scheduled";
import { queue } from "./reminders/deliveries/delivery-consumer";

const app = createApp();

export default {
  fetch: app.fetch,
  scheduled,
  queue,
} satisfies ExportedHandler<Env>;
