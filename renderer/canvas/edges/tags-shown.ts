import { createContext, useContext } from 'react';

/**
 * The zoom below which the links' tags (a mount's path, "exits 0 →", "env": 10.5 to 12.5 px)
 * would be drawn under 5 px, too small to read: the canvas leaves them out there, and draws the
 * links alone (a mount selected or focused is drawn wider, app.css). A large Pod fitted whole
 * is drawn at about 0.12, where its 254 tags were specks that Chromium laid out and painted
 * again whenever its containers moved: some 4 ms of a drop. The exported diagram draws the
 * mount paths and the init order's tags whatever the zoom (renderer/teach/diagram).
 */
export const TAGS_ZOOM = 0.4;

/** Whether the canvas is zoomed in enough to draw the links' tags (PodCanvas provides it). */
export const TagsShown = createContext(true);

export const useTagsShown = (): boolean => useContext(TagsShown);
