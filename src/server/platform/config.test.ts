import { describe, expect, it } from 'vitest';
import { ConfigError, devLoginEnabled, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./data');
    expect(devLoginEnabled(config)).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('never enables the demo sign-in in production or with an issuer', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(devLoginEnabled(loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'https://id.example.se' }))).toBe(false);
    expect(devLoginEnabled(loadConfig({ OIDC_ISSUER: 'https://id.example.se' }))).toBe(false);
  });
});
