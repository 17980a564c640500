export { demoCongress, demoTerm, DEMO_MEMBERS_REPRESENTED, DEMO_MOTTO, DEMO_PLACE, DEMO_SITTING_IDS } from './congress.js';
export type { DemoCongress, DemoOptions } from './congress.js';
export { demoDelegates, DEMO_COUNTS } from './roster.js';
export { DEMO_ORGANISATIONS, DEMO_ORGANISATION_KINDS, BLOC_COMMITTEE_ORGANISATION } from './organisations.js';
export type { DemoOrganisation, DemoOrganisationKind } from './organisations.js';
export { DEMO_ETHNICITIES } from './names.js';
export type { DemoEthnicity } from './names.js';
export { DEMO_DISCUSSION_SPEECHES, DEMO_PRESENTATIONS, DEMO_AGENDA_ROLES } from './discussion.js';
export type { DemoAgendaRole, DemoDiscussionSpeech, DemoPresentation, DemoText } from './discussion.js';
