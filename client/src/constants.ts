export const LANGUAGE_ID = 'law-report';
