'use client';

import { useEffect, useState } from 'react';
import { localVoiceFor, readElementAloud } from '@/lib/speech';

/**
 * Reads the text of one element aloud with the browser's own speech engine,
 * for people who find reading hard. For the letter preview, drawn by React; content pages use ReadAloudButton. Nothing is sent anywhere: only voices on
 * the device are used. The button only appears when the device has a voice
 * for the text's language; without JavaScript it is not there at all.
 */
export function ReadAloud({ targetId, lang, labels }: { targetId: string; lang: string; labels: { read: string; stop: string } }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const synth = window.speechSynthesis;
    // Voices load late in some browsers, so look again when the list changes.
    const pick = () => setVoice(localVoiceFor(lang));
    pick();
    synth.addEventListener('voiceschanged', pick);
    return () => {
      synth.removeEventListener('voiceschanged', pick);
      synth.cancel();
    };
  }, [lang]);

  if (!voice) return null;

  function toggle() {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    readElementAloud(targetId, lang, voice, () => setSpeaking(false));
    setSpeaking(true);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={speaking}
      className="mb-6 inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-sm border-2 border-ink bg-white px-3 py-1 font-semibold text-ink print:hidden"
    >
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" className="rtl:-scale-x-100">
        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      {speaking ? labels.stop : labels.read}
    </button>
  );
}
