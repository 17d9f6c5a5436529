import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fr from './fr.json';
import en from './en.json';
import staffFr from '../staff/i18n/fr.json';
import staffEn from '../staff/i18n/en.json';

/** French first; English on request, remembered in this browser. */
export const LANGUAGE_KEY = 'ocpizza.lang';
export const LANGUAGES = ['fr', 'en'] as const;

function rememberedLanguage(): string {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return stored && (LANGUAGES as readonly string[]).includes(stored) ? stored : 'fr';
  } catch {
    return 'fr';
  }
}

void i18n.use(initReactI18next).init({
  resources: {
    fr: { translation: fr, staff: staffFr },
    en: { translation: en, staff: staffEn },
  },
  lng: rememberedLanguage(),
  fallbackLng: 'fr',
  ns: ['translation', 'staff'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
});
document.documentElement.lang = i18n.language;

export default i18n;
