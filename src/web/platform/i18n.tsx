/**
 * Language: Swedish by default, English on request. The choice persists in localStorage and is
 * mirrored on <html lang> so that screen readers pronounce the page correctly.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];
const STORAGE_KEY = 'kvalitetsnav.lang';

/** A module's texts: the English object must have exactly the Swedish one's keys and shapes. */
export interface Dictionary<T> {
  sv: T;
  en: T;
}

/** Labels in src/shared carry both languages side by side. */
export type Labelled = { sv: string; en: string };

function initialLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'sv' || stored === 'en') return stored;
  } catch {
    // Storage can be blocked (private mode, policies); Swedish is then the answer.
  }
  return 'sv';
}

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangContextValue>({ lang: 'sv', setLang: () => {} });

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the switch still applies to this visit.
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext value={value}>{children}</LangContext>;
}

export function useLang(): LangContextValue {
  return useContext(LangContext);
}

/** The texts of one dictionary in the current language. */
export function useText<T>(dictionary: Dictionary<T>): T {
  return dictionary[useLang().lang];
}

export const labelOf = (labels: Labelled, lang: Lang): string => labels[lang];
