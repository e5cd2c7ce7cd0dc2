import Link from 'next/link';

export default function TeacherNotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>That class or assignment does not exist, or it belongs to another teacher.</p>
      <p>
        <Link href="/teacher">Back to your classes</Link>
      </p>
    </>
  );
}
