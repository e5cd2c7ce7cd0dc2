import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { JoinForm } from '@/components/join/join-form';
import { RosterJoinForm } from '@/components/join/roster-join-form';
import { rosterNames } from '@/lib/db/queries/roster';
import { getOpenAssignmentByCode } from '@/lib/db/queries/assignments';
import { getAssignmentForDevice } from '@/lib/db/queries/student-attempts';
import { getQuiz } from '@/lib/content';
import { decodeSegment } from '@/lib/http/segment';
import { getAuthSecret } from '@/lib/env';
import { readJoinDeviceId } from '@/lib/students/device-cookie';
import { issueJoinKey } from '@/lib/students/join-key';
import { b } from '@/components/quiz/rich-tags';
import { time } from '@/components/quiz/time-tag';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('join'))('title') };
}

export default async function JoinCodePage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeSegment((await params).code)?.slice(0, 20);
  // "%ff%fe" is not valid percent-encoding: no code at all, so the page does not exist
  if (code === undefined) notFound();
  const [found, t] = await Promise.all([getOpenAssignmentByCode({ code }), getTranslations('join')]);
  if (!found) {
    return (
      <>
        <h1>{t('unknown.title')}</h1>
        <p>{t.rich('unknown.body', { code, b })}</p>
        <p>
          <a href="/join">{t('unknown.again')}</a>
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
  const joinForm = (
    <ClientMessages namespaces={['join']}>
      {names ? <RosterJoinForm code={assignment.code} names={names} /> : <JoinForm code={assignment.code} joinKey={joinKey} />}
    </ClientMessages>
  );
  return (
    <>
      {quiz ? <h1 lang="en" dir="ltr">{quiz.title}</h1> : <h1>{t('classQuiz')}</h1>}
      <p>{t.rich('classDue', { name: found.class.name, due: assignment.dueAt.toISOString(), b, time })}</p>
      {found.window === 'not_open' ? (
        <p className="notice">{t.rich('notOpen', { opens: assignment.opensAt.toISOString(), time })}</p>
      ) : found.window === 'past_due' ? (
        <p className="notice">{t('pastDue')}</p>
      ) : device?.student ? (
        <>
          <p>{t.rich('joinedAs', { name: device.student.displayName, b })}</p>
          <div className="actions">
            <a className="button" href={`/a/${assignment.id}`}>
              {t('continueAs', { name: device.student.displayName })}
            </a>
          </div>
          <h2>{t('notYou', { name: device.student.displayName })}</h2>
          {joinForm}
        </>
      ) : (
        joinForm
      )}
    </>
  );
}
