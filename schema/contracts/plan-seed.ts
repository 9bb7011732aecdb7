import { z } from "zod";

/** The shape of a county's plan seed (seed/<county>/plan.json): everything the plan states. */
export const PlanSeedSchema = z.object({
  county: z.string().min(1),
  document: z.object({ number: z.string(), title: z.string(), issued: z.string() }),
  units: z.array(z.object({ name: z.string().min(1), kind: z.string().min(1), member: z.boolean(), note: z.string().optional() })),
  aliases: z.array(z.object({ alias: z.string().min(1), unit: z.string().min(1), note: z.string().optional() })),
  groups: z.array(z.object({ name: z.string().min(1), note: z.string().optional(), members: z.array(z.string()) })),
  people: z.array(z.object({ role: z.string(), title: z.string().optional(), unit: z.string().optional(), name: z.string().optional() })),
  tasks: z.array(
    z.object({
      no: z.number().int().positive(),
      domain: z.string().min(1),
      title: z.string().min(1),
      text: z.string().min(1),
      /** Responsible units exactly as the plan writes them, lead first. */
      responsible: z.array(z.string()),
    }),
  ),
});

export type PlanSeed = z.infer<typeof PlanSeedSchema>;
