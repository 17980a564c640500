import type { ComponentType } from 'react';
import { App } from './App';
import { SpeakerDisplayPage } from './features/speakers/SpeakerDisplayPage';
import { HallDisplay } from './features/display/HallDisplay';
import { PrintRoute } from './features/print/PrintRoute';
import { printDocumentOfPath } from '../../shared/print/registry';

/**
 * Pages chosen by the address: the desk at `/`, hall screens under `/display/…`, printable
 * documents under `/print/<document>`. The web host
 * answers every such path with the app's index page; the access token stays in the tab's session.
 */
export function pageFor(pathname: string): ComponentType {
  if (printDocumentOfPath(pathname) !== null) return PrintRoute;
  switch (pathname.replace(/\/+$/, '')) {
    case '/display':
      return HallDisplay;
    case '/display/speakers':
      return SpeakerDisplayPage;
    default:
      return App;
  }
}
