import { Route, Routes } from 'react-router';
import { UserEditor } from './UserEditor.tsx';
import { UserList } from './UserList.tsx';
import './directory.css';

/** Settings → Users: the list, a new user, one user's page. */
export function UsersAdmin() {
  return (
    <Routes>
      <Route index element={<UserList />} />
      <Route path="new" element={<UserEditor />} />
      <Route path=":userId" element={<UserEditor />} />
    </Routes>
  );
}
