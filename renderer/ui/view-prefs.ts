import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * How this installation shows the Pod (not part of any file), kept in localStorage so that it
 * lasts across restarts.
 */
export interface ViewPrefs {
  /**
   * The count badges on canvas nodes. An instructor showing the Pod's anatomy to a class hides
   * them; the Problems bar keeps the counts either way.
   */
  problemBadges: boolean;
}

interface ViewPrefsActions {
  toggleProblemBadges(): void;
}

export const useViewPrefs = create<ViewPrefs & ViewPrefsActions>()(
  persist(
    (set) => ({
      problemBadges: true,
      toggleProblemBadges: () => set((s) => ({ problemBadges: !s.problemBadges })),
    }),
    {
      name: 'pod-builder.view',
      version: 1,
      partialize: ({ problemBadges }) => ({ problemBadges }),
    },
  ),
);
