import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JoinForm } from '@/components/join/join-form';
import { RosterJoinForm } from '@/components/join/roster-join-form';
import { rosterNames } from '@/lib/db/queries/roster';
import { LocalTime } from '@/components/teacher/local-time';
import { getOpenAssignmentByCode } from '@/lib/db/queries/assignments';
import { getAssignmentForDevice } from '@/lib/db/queries/student-attempts';
import { getQuiz } from '@/lib/content';
import { decodeSegment } from '@/lib/http/segment';
import { getAuthSecret } from '@/lib/env';
import { readJoinDeviceId } from '@/lib/students/device-cookie';
import { issueJoinKey } from '@/lib/students/join-key';

export const metadata: Metadata = { title: 'Join a class quiz' };

export default async function JoinCodePage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeSegment((await params).code)?.slice(0, 20);
  // "%ff%fe" is not valid percent-encoding: no code at all, so the page does not exist
  if (code === undefined) notFound();
  const found = await getOpenAssignmentByCode({ code });
  if (!found) {
    return (
      <>
        <h1>That code does not open a quiz</h1>
        <p>
          No open assignment has the code <strong>{code}</strong>. It may be mistyped,
          or the assignment may have been closed. Check it with your teacher.
        </p>
        <p>
          <Link href="/join">Type the code again</Link>
        </p>
      </>
    );
  }
  const { assignment } = found;
  const quiz = await getQuiz(assignment.quizId);
  const device = await getAssignmentForDevice({ assignmentId: assignment.id });
  // a roster class: students pick their name and type their personal code; an open class: they type a name
  const names = found.class.joinMode === 'roster' ? await rosterNames(found.class.id) : null;
  // the proxy gave this browser its join-device id; without one (cookies refused) the form still works, unkeyed
  const deviceId = names ? undefined : await readJoinDeviceId();
  const joinKey = deviceId ? issueJoinKey(getAuthSecret(), deviceId) : undefined;
  const joinForm = names ? <RosterJoinForm code={assignment.code} names={names} /> : <JoinForm code={assignment.code} joinKey={joinKey} />;
  return (
    <>
      <h1>{quiz?.title ?? 'Class quiz'}</h1>
      <p>
        Class: <strong>{found.class.name}</strong> · due <LocalTime iso={assignment.dueAt.toISOString()} />
      </p>
      {found.window === 'not_open' ? (
        <p className="notice">
          This assignment opens <LocalTime iso={assignment.opensAt.toISOString()} />. Come back then.
        </p>
      ) : found.window === 'past_due' ? (
        <p className="notice">This assignment is past its due date, so it can no longer be started.</p>
      ) : device?.student ? (
        <>
          <p>
            This device has already joined as <strong>{device.student.displayName}</strong>.
          </p>
          <div className="actions">
            <Link className="button" href={`/a/${assignment.id}`}>
              Continue as {device.student.displayName}
            </Link>
          </div>
          <h2>Not {device.student.displayName}?</h2>
          {joinForm}
        </>
      ) : (
        joinForm
      )}
    </>
  );
}
