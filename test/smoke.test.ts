import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

describe('smoke', () => {
  it('answers inside workerd', async () => {
    const res = await exports.default.fetch('http://localhost/')
    expect(await res.text()).toBe('edgewire')
    expect(navigator.userAgent).toBe('Cloudflare-Workers')
  })
})
