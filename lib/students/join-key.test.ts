import { describe, expect, it } from 'vitest';
import { issueJoinKey, isJoinDeviceId, joinKeyFitsDevice, newJoinDeviceId } from './join-key';

const SECRET = 'a-test-secret-that-is-long-enough-123456';

describe('join form keys', () => {
  it('fit only the device they were issued to, and only until it joins (its id renewed)', () => {
    const device = newJoinDeviceId();
    expect(isJoinDeviceId(device)).toBe(true);
    const key = issueJoinKey(SECRET, device);
    expect(joinKeyFitsDevice(SECRET, key, device)).toBe(true);
    // another browser, or no cookie at all
    expect(joinKeyFitsDevice(SECRET, key, newJoinDeviceId())).toBe(false);
    expect(joinKeyFitsDevice(SECRET, key, undefined)).toBe(false);
    // this device after its join: the renewed id spends the key
    const renewed = newJoinDeviceId();
    expect(joinKeyFitsDevice(SECRET, key, renewed)).toBe(false);
    expect(joinKeyFitsDevice(SECRET, issueJoinKey(SECRET, renewed), renewed)).toBe(true);
  });

  it('cannot be made without the secret, nor edited', () => {
    const device = newJoinDeviceId();
    const key = issueJoinKey(SECRET, device);
    expect(joinKeyFitsDevice('another-secret-that-is-long-enough-12345', key, device)).toBe(false);
    const [uuid, sig] = key.split('.') as [string, string];
    expect(joinKeyFitsDevice(SECRET, `${crypto.randomUUID()}.${sig}`, device)).toBe(false);
    expect(joinKeyFitsDevice(SECRET, `${uuid}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`, device)).toBe(false);
    for (const bad of ['', uuid, `${uuid}.`, 'x'.repeat(200), `${uuid}.${sig}.x`]) expect(joinKeyFitsDevice(SECRET, bad, device)).toBe(false);
  });
});
