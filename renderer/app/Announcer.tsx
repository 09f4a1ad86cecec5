import { useAnnouncements } from '../store/announcer';

/**
 * The page's polite live region (see announcer.ts): not drawn, and always there. Each
 * announcement is an element of its own, added to it, and only what is added is read (a status
 * region is otherwise read whole at each change): the same words said twice are read twice, and
 * an earlier message still there is not read again.
 */
export function Announcer() {
  const said = useAnnouncements((s) => s.said);
  return (
    <div
      role="status"
      aria-atomic="false"
      aria-relevant="additions"
      className="visually-hidden announcer"
    >
      {said.map(({ id, message }) => (
        <p key={id}>{message}</p>
      ))}
    </div>
  );
}
