// Messages are typed from the English files: a missing or misspelt key fails typecheck (next-intl AppConfig).
import type contacts from '../content/en/messages/contacts.json';
import type content from '../content/en/messages/content.json';
import type home from '../content/en/messages/home.json';
import type layout from '../content/en/messages/layout.json';
import type lenders from '../content/en/messages/lenders.json';
import type letter from '../content/en/messages/letter.json';
import type notFound from '../content/en/messages/notFound.json';
import type offline from '../content/en/messages/offline.json';
import type pages from '../content/en/messages/pages.json';
import type search from '../content/en/messages/search.json';
import type secondHand from '../content/en/messages/secondHand.json';
import type share from '../content/en/messages/share.json';
import type troubleshoot from '../content/en/messages/troubleshoot.json';

declare module 'next-intl' {
  interface AppConfig {
    Messages: {
      contacts: typeof contacts;
      content: typeof content;
      home: typeof home;
      layout: typeof layout;
      lenders: typeof lenders;
      letter: typeof letter;
      notFound: typeof notFound;
      offline: typeof offline;
      pages: typeof pages;
      search: typeof search;
      secondHand: typeof secondHand;
      share: typeof share;
      troubleshoot: typeof troubleshoot;
    };
  }
}
