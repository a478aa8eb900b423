import { Route, Routes } from 'react-router';
import { ContactEditor } from './ContactEditor.tsx';
import { ContactList } from './ContactList.tsx';
import '../users/directory.css';

/** Settings → Contacts: the CRM that owner routing (V12) looks callers up in. */
export function ContactsAdmin() {
  return (
    <Routes>
      <Route index element={<ContactList />} />
      <Route path="new" element={<ContactEditor />} />
      <Route path=":contactId" element={<ContactEditor />} />
    </Routes>
  );
}
