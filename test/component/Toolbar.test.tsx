import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toolbar } from '../../renderer/app/Toolbar';

function renderToolbar(platform: 'desktop' | 'browser' = 'desktop') {
  const file = {
    newDocument: vi.fn(async () => {}),
    open: vi.fn(async () => {}),
    save: vi.fn(async () => {}),
    saveAs: vi.fn(async () => {}),
  };
  render(
    <Toolbar
      fileName="pod-anatomy.yaml"
      dirty={false}
      onExport={() => {}}
      history={{ canUndo: false, canRedo: false, undo: () => {}, redo: () => {} }}
      onSettings={() => {}}
      file={file}
      templates={[
        { id: 'pod-anatomy', title: 'Pod anatomy', description: "The lesson's diagram." },
        { id: 'bare', title: 'Bare', description: '' },
      ]}
      teach={null}
      platform={platform}
    />,
  );
  return { file, user: userEvent.setup() };
}

const button = (name: string) => screen.getByRole('button', { name });

describe("the toolbar's New and File menus", () => {
  it('say under each template what it shows; the title alone names the item', async () => {
    const { user } = renderToolbar();
    await user.click(button('New'));
    const anatomy = screen.getByRole('menuitem', { name: 'Pod anatomy' });
    expect(anatomy).toHaveAccessibleDescription("The lesson's diagram.");
    // The description is drawn in the item, under its title, outside the name.
    expect(anatomy.closest('.node-menu__entry')).toHaveTextContent(
      "Pod anatomyThe lesson's diagram.",
    );
    expect(screen.getByRole('menuitem', { name: 'Blank Pod Ctrl+N' })).toHaveAccessibleDescription(
      'A Pod still waiting for its first container.',
    );
    // A template without a description has no empty second line.
    expect(screen.getByRole('menuitem', { name: 'Bare' })).not.toHaveAttribute('aria-describedby');
  });

  it('show the keys of the platform: in a browser, which keeps Ctrl+N, New is Alt+N', async () => {
    const { user } = renderToolbar('browser');
    await user.click(button('New'));
    expect(screen.getByRole('menuitem', { name: 'Blank Pod Alt+N' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(button('File'));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Open… Ctrl+O',
      'Save Ctrl+S',
      'Save as… Ctrl+Shift+S',
    ]);
    expect(button('Export manifest')).toHaveAttribute('title', 'Ctrl+Shift+E');
  });

  it('give the focus back to their button on Escape and when an item runs', async () => {
    const { user, file } = renderToolbar();
    await user.click(button('New'));
    expect(screen.getByRole('menuitem', { name: /Blank Pod/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button('New')).toHaveFocus();

    await user.click(button('File'));
    await user.click(screen.getByRole('menuitem', { name: /Save as/ }));
    expect(file.saveAs).toHaveBeenCalled();
    expect(button('File')).toHaveFocus();
  });

  it('leave the focus where the user clicked outside; a second click on the button closes', async () => {
    const { user } = renderToolbar();
    await user.click(button('New'));
    await user.click(button('Settings'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button('Settings')).toHaveFocus();

    await user.click(button('File'));
    await user.click(button('File'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button('File')).toHaveFocus();
  });
});
