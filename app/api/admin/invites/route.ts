// An invite link for scripts (the demo seed, the bench, the e2e helpers) and anyone who prefers HTTP to the admin
// page: the admin's session only, the same single-use, expiring links.
import { z } from 'zod';
import { createInvite } from '@/lib/auth/invites';
import { assertTeacher } from '@/lib/auth/session';
import { errorResponse } from '@/lib/errors';
import { json, readJson } from '@/lib/http';
import { rejectCrossOrigin } from '@/lib/security/origin';

const bodySchema = z.strictObject({ note: z.string().max(120).optional(), days: z.int().min(1).max(30).default(7) });

export async function POST(request: Request) {
  const crossOrigin = rejectCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  try {
    const admin = await assertTeacher();
    const body = await readJson(request, bodySchema);
    if (!body.ok) return body.response;
    // createInvite refuses anyone who is not the admin
    const { invite, url } = await createInvite({ adminId: admin.id, note: body.data.note, days: body.data.days });
    return json({ url, expiresAt: invite.expiresAt }, 201);
  } catch (error) {
    return errorResponse(error, 'create invite');
  }
}
