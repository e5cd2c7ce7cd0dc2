// Google Classroom's share URL (developers.google.com/classroom/guides/sharebutton): a plain link, so no Google
// script or widget is loaded on our page; Classroom asks the teacher which class to post it to.
export function classroomShareUrl(url: string, title: string): string {
  const params = new URLSearchParams({ url, title });
  return `https://classroom.google.com/share?${params.toString()}`;
}
