/**
 * @module
 * User configuration for the source registry (`config/sources.json`): a list
 * of outlet profiles, validated so that a typo names the entry and field
 * instead of silently attributing articles wrongly.
 */
import * as z from 'zod'
import { DEFAULT_SOURCES } from './default-sources.ts'
import { createSourceRegistry, type SourceProfile, type SourceRegistry } from './source-registry.ts'

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

/**
 * Reads a sources file: its JSON text, or the value already parsed (a JSON
 * module import). Throws an Error naming each bad field.
 */
export const readSourceConfig = (json: string | unknown): SourceProfile[] => {
  const parsed = ConfigSchema.safeParse(typeof json === 'string' ? JSON.parse(json) : json)
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

export type RegistryFromConfigOptions = {
  /** Use only the configured outlets, without the built-in profiles. Default false. */
  replaceDefaults?: boolean
}

/**
 * The source registry a deployment configures: the profiles of
 * `config/sources.json` (its JSON text or parsed value) merged over the
 * built-in ones, a configured profile replacing a built-in one of the same
 * name. Build it once (module scope) and pass it as `NormalizeOptions.registry`:
 * its compiled matchers are cached per registry object.
 * Throws an Error naming each bad field, like `readSourceConfig`.
 */
export const registryFromConfig = (
  config: string | unknown,
  options: RegistryFromConfigOptions = {}
): SourceRegistry => {
  const profiles = readSourceConfig(config)
  return options.replaceDefaults
    ? createSourceRegistry(profiles)
    : createSourceRegistry(DEFAULT_SOURCES, profiles)
}
