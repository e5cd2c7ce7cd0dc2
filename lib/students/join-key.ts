// The hidden one-time key of an open join form. A resent submit (a slow reply, a double tap) must find the student
// the first request made, yet no other device, and no later replay on this one (Back on a shared computer), may
// become that student. So the key is bound to the device: the proxy gives each browser that opens a join page a
// random join-device id (an HttpOnly cookie), the page issues `uuid.mac` with the mac over that id, and the action
// accepts the key only with the same cookie. A successful join renews the cookie, which spends every key issued
// before it: one use. The name is bound in the device token derived from the key (lib/db/queries/students.ts).
import crypto from 'node:crypto';

export const JOIN_DEVICE_COOKIE = 'cc_join_device';
const DEVICE_ID = /^[A-Za-z0-9_-]{22,64}$/;
const KEY = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

export function newJoinDeviceId(): string {
  return crypto.randomBytes(18).toString('base64url');
}

export function isJoinDeviceId(value: string | undefined): value is string {
  return value !== undefined && DEVICE_ID.test(value);
}

function mac(secret: string, uuid: string, deviceId: string): string {
  return crypto.createHmac('sha256', secret).update(`join-form:${uuid}:${deviceId}`).digest('base64url');
}

/** A fresh key for one join form shown on this device. */
export function issueJoinKey(secret: string, deviceId: string): string {
  const uuid = crypto.randomUUID();
  return `${uuid}.${mac(secret, uuid, deviceId)}`;
}

/** Whether the key was issued to this device since its last join (constant-time compare). */
export function joinKeyFitsDevice(secret: string, key: string, deviceId: string | undefined): boolean {
  const m = KEY.exec(key);
  if (!m || !isJoinDeviceId(deviceId)) return false;
  const expected = Buffer.from(mac(secret, m[1]!, deviceId));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
