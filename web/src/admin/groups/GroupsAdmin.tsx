import { Route, Routes } from 'react-router';
import { GroupEditor } from './GroupEditor.tsx';
import { GroupsList } from './GroupsList.tsx';
import '../numbers/telephony.css';
import { RoutedRulesPanel } from '../routing/RoutingRulesPanel.tsx';

/** Settings → Groups (V13): the list, a new group, and one page per group. */
export function GroupsAdmin() {
  return (
    <Routes>
      <Route index element={<GroupsList />} />
      <Route path="new" element={<GroupEditor />} />
      <Route
        path=":groupId"
        element={
          <>
            <GroupEditor />
            <RoutedRulesPanel kind="group" param="groupId" />
          </>
        }
      />
    </Routes>
  );
}
