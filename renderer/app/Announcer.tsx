import { useAnnouncements } from '../store/announcer';

/**
 * The page's polite live region (see announcer.ts): not drawn, and always there. Each
 * announcement is an element of its own, added to it: a screen reader reads what is added.
 */
export function Announcer() {
  const said = useAnnouncements((s) => s.said);
  return (
    <div role="status" className="visually-hidden announcer">
      {said.map(({ id, message }) => (
        <p key={id}>{message}</p>
      ))}
    </div>
  );
}
