import { FormattedMessage, useIntl } from "react-intl";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "../api/trpc.ts";
import { Button } from "../ui/Button.tsx";
import type { Mood } from "../../../domain/ai-vocabulary.ts";
import { AiProblemNotice } from "./problems.tsx";

export type ChatBrief = {
  name: string;
  description: string;
  industry: string | null;
  mood: Mood | null;
  colors: string[];
  competitorUrls: string[];
};

type Message = { role: "assistant" | "merchant"; text: string };

/** The assistant is writing: a sign, the same in every language. */
const ELLIPSIS = "…";

/**
 * The onboarding chat: the assistant asks for what the brief still lacks, one question at a time;
 * every answer updates the wizard's fields (`onBrief`). "Generate now" stops early with what there is.
 */

export function OnboardingChat({
  initial,
  onBrief,
  onReady,
}: {
  initial: ChatBrief;
  onBrief: (brief: ChatBrief) => void;
  onReady: () => void;
}) {
  const trpc = useTRPC();
  const inputId = useId();
  const [messages, setMessages] = useState<Message[]>([]);
  const [brief, setBrief] = useState<ChatBrief>(initial);
  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState("");
  const intl = useIntl();
  const chat = useMutation(trpc.ai.chat.mutationOptions());
  const started = useRef(false);
  const list = useRef<HTMLOListElement>(null);

  const send = async (history: Message[], finish = false) => {
    const result = await chat.mutateAsync({
      messages: history,
      brief: { ...brief, industry: null },
      finish,
    });
    const next = [...history, { role: "assistant" as const, text: result.reply }];
    setMessages(next);
    setBrief(result.brief as ChatBrief);
    onBrief(result.brief as ChatBrief);
    setReady(result.ready);
    if (finish && result.ready) onReady();
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void send([]).catch(() => {});
    // Starts the conversation once, with the brief as it was when the chat opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView?.({ block: "nearest" }); // jsdom has none
  }, [messages]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    const history = [...messages, { role: "merchant" as const, text }];
    setMessages(history);
    setDraft("");
    void send(history).catch(() => {});
  };

  return (
    <section
      className="ai-chat"
      aria-label={intl.formatMessage({
        id: "ai.chat.label",
        defaultMessage: "Onboarding assistant",
      })}
    >
      <ol className="ai-chat__messages" ref={list} aria-live="polite">
        {messages.map((message, i) => (
          <li key={i} className={`ai-chat__message ai-chat__message--${message.role}`}>
            <span className="visually-hidden">
              {message.role === "assistant"
                ? intl.formatMessage({ id: "ai.chat.assistant", defaultMessage: "Assistant:" })
                : intl.formatMessage({ id: "ai.chat.you", defaultMessage: "You:" })}
            </span>
            {message.text}
          </li>
        ))}
        {chat.isPending ? (
          <li className="ai-chat__message ai-chat__message--assistant ai-chat__typing">
            {ELLIPSIS}
          </li>
        ) : null}
      </ol>
      <AiProblemNotice error={chat.error} />
      <form className="ai-chat__form" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="visually-hidden">
          <FormattedMessage id="ai.chat.answer" defaultMessage="Your answer" />
        </label>
        <input
          id={inputId}
          className="field__input"
          value={draft}
          maxLength={1000}
          autoComplete="off"
          placeholder={intl.formatMessage({
            id: "ai.chat.placeholder",
            defaultMessage: "Type your answer",
          })}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit" disabled={chat.isPending || !draft.trim()}>
          <FormattedMessage id="ai.chat.send" defaultMessage="Send" />
        </Button>
        <Button
          type="button"
          variant="primary"
          disabled={chat.isPending || !(ready || (brief.name && brief.description.length >= 10))}
          onClick={() => void send(messages, true).catch(() => {})}
        >
          <FormattedMessage id="ai.chat.continue" defaultMessage="Continue with this" />
        </Button>
      </form>
    </section>
  );
}
