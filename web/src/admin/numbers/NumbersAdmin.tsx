import { Route, Routes } from 'react-router';
import { NumberSettingsPage } from './NumberSettingsPage.tsx';
import { NumbersList } from './NumbersList.tsx';
import './telephony.css';
import { RoutedRulesPanel } from '../routing/RoutingRulesPanel.tsx';

/** Settings → Numbers: the list, and one page per number. */
export function NumbersAdmin() {
  return (
    <Routes>
      <Route index element={<NumbersList />} />
      <Route
        path=":numberId"
        element={
          <>
            <NumberSettingsPage />
            <RoutedRulesPanel kind="number" param="numberId" />
          </>
        }
      />
    </Routes>
  );
}
