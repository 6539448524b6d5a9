/**
 * @module
 * User configuration for the source registry (`config/sources.json`): a list
 * of outlet profiles, validated so that a typo names the entry and field
 * instead of silently attributing articles wrongly.
 */
import * as z from 'zod'
import type { SourceProfile } from './source-registry.ts'

const ProfileSchema = z.strictObject({
  name: z.string().min(1).max(200),
  homepage: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  feedUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  aliases: z.array(z.string().min(1)).optional(),
  domains: z.array(z.string().min(3)).optional(),
  signatures: z.array(z.string().min(3)).optional(),
  boilerplate: z.array(z.string().min(1)).optional(),
  language: z.string().min(2).optional(),
})

const ConfigSchema = z.union([
  z.array(ProfileSchema),
  z.object({ sources: z.array(ProfileSchema) }),
])

/** Parses the JSON text of a sources file; throws an Error naming each bad field. */
export const readSourceConfig = (json: string): SourceProfile[] => {
  const parsed = ConfigSchema.safeParse(JSON.parse(json))
  if (!parsed.success)
    throw new Error(
      `invalid source registry: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`
    )
  const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.sources
  return list.map(
    (p) =>
      Object.fromEntries(
        Object.entries(p).filter(([, v]) => v !== undefined)
      ) as unknown as SourceProfile
  )
}
