import { Route, Routes } from 'react-router';
import { IvrMenuEditor } from './IvrMenuEditor.tsx';
import { IvrMenusList } from './IvrMenusList.tsx';
import '../numbers/telephony.css';

/** Settings → IVR menus (V10): the list, a new menu, and the editor of each. */
export function IvrMenusAdmin() {
  return (
    <Routes>
      <Route index element={<IvrMenusList />} />
      <Route path="new" element={<IvrMenuEditor />} />
      <Route path=":menuId" element={<IvrMenuEditor />} />
    </Routes>
  );
}
