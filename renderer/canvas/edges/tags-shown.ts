import { createContext, useContext } from 'react';

/**
 * The zoom below which the links' tags (a mount's path, "exits 0 →", "env": 10.5 to 12.5 px)
 * would be drawn under 5 px, too small to read: the canvas leaves them out there, and draws the
 * links alone. A large Pod fitted whole is drawn at about 0.12, where its 250 tags were specks
 * that Chromium laid out and painted again whenever its containers moved: some 4 ms of a drop.
 * The exported diagram draws them all, whatever the zoom (renderer/teach/diagram).
 */
export const TAGS_ZOOM = 0.4;

/** Whether the canvas is zoomed in enough to draw the links' tags (PodCanvas provides it). */
export const TagsShown = createContext(true);

export const useTagsShown = (): boolean => useContext(TagsShown);
