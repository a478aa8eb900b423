import { Route, Routes } from 'react-router';
import { DepartmentEditor } from './DepartmentEditor.tsx';
import { DepartmentList } from './DepartmentList.tsx';
import '../users/directory.css';

/** Settings → Departments: the teams chats and transfers go to. */
export function DepartmentsAdmin() {
  return (
    <Routes>
      <Route index element={<DepartmentList />} />
      <Route path=":departmentId" element={<DepartmentEditor />} />
    </Routes>
  );
}
