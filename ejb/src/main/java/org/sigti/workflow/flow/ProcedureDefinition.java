package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A procedure of a manual, declared once: code, institution, name, and its steps in the manual's order. The
 * builder checks the declaration (every target exists, every step can be left, the start step exists), so a
 * mistyped step number fails at deployment, not in front of a user.
 *
 * <pre>{@code
 * ProcedureDefinition.builder("UGAT/AIT-PR01", "AGETIC", "Atención general ...")
 *     .mailTemplates("org.sigti.procedure.support.mail")
 *     .step("2", Text.of("Identificar, analizar y registrar el problema", "..."))
 *         .by(Roles.OPERADOR, "AIT").output("Registro del Problema en OsTicket").next("3")
 *     .step("9", ...).by(Roles.RESPONSABLE, "AIT")
 *         .mailsOn("conforme", "closedReport", Recipient.role(Roles.JEFE, "JEFATURA"))
 *         .loop("devolver", Text.of("No atendido correctamente: devolver al operador", "..."), "3")
 *         .decide("conforme", Text.of("Atendido correctamente", "..."), "10")
 *     .build();
 * }</pre>
 */
public final class ProcedureDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String institution;
    private final Text name;
    private final String startStep;
    private final Map<String, StepDefinition> steps;
    private final MailTemplates mailTemplates;

    private ProcedureDefinition(Builder b) {
        this.code = b.code;
        this.institution = b.institution;
        this.name = b.name;
        this.startStep = b.startStep;
        LinkedHashMap<String, StepDefinition> built = new LinkedHashMap<>();
        b.steps.forEach(s -> built.put(s.code, s.build()));
        this.steps = java.util.Collections.unmodifiableMap(built);
        try {
            this.mailTemplates = b.mailTemplates == null ? null : MailTemplates.load(b.mailTemplates);
        } catch (IllegalStateException missing) {
            throw new IllegalStateException(code + ": " + missing.getMessage(), missing);
        }
        validate();
        validateMails();
    }

    public static Builder builder(String code, String institution, Text name) {
        return new Builder(code, institution, name);
    }

    private void validate() {
        if (!steps.containsKey(startStep)) {
            throw new IllegalStateException(code + ": start step " + startStep + " is not declared");
        }
        for (StepDefinition step : steps.values()) {
            if (step.outcomes().isEmpty()) {
                throw new IllegalStateException(code + " step " + step.code() + " has no way out");
            }
            for (Outcome o : step.outcomes()) {
                if (!o.jumps() && !o.ends() && o.targets().isEmpty()) {
                    throw new IllegalStateException(code + " step " + step.code() + ": " + o.key() + " leads nowhere");
                }
                if (!o.jumps()) {
                    o.targets().stream().filter(t -> !steps.containsKey(t)).findFirst().ifPresent(t -> {
                        throw new IllegalStateException(code + " step " + step.code() + " → unknown step " + t);
                    });
                }
            }
        }
    }

    /**
     * The mails the steps declare: each {@code mailsOn} names a way out of its step, each field a recipient or a
     * {@code «field»} placeholder reads is declared by some step, and each template has its subject and body in
     * Spanish and English ({@link Builder#mailTemplates}).
     */
    private void validateMails() {
        java.util.Set<String> fields = new java.util.HashSet<>();
        steps.values().forEach(s -> s.fields().forEach(f -> fields.add(f.name())));
        for (StepDefinition step : steps.values()) {
            for (Notification mail : step.notifications()) {
                String where = code + " step " + step.code() + " mail " + mail.template();
                if (mail.outcome() != null && step.outcome(mail.outcome()).isEmpty()) {
                    throw new IllegalStateException(where + ": no way out '" + mail.outcome() + "'");
                }
                mail.to().forEach(r -> r.readsField().filter(f -> !fields.contains(f)).ifPresent(f -> {
                    throw new IllegalStateException(where + ": recipient reads undeclared field " + f);
                }));
                if (mailTemplates == null) {
                    throw new IllegalStateException(where + ": the procedure declares no mailTemplates");
                }
                mailTemplates.missing(mail.template()).ifPresent(key -> {
                    throw new IllegalStateException(where + ": missing " + key);
                });
                mailTemplates.placeholders(mail.template()).stream().filter(f -> !fields.contains(f)).findFirst()
                        .ifPresent(f -> {
                            throw new IllegalStateException(where + ": «" + f + "» is not a declared field");
                        });
            }
        }
    }

    public String code() {
        return code;
    }

    public String institution() {
        return institution;
    }

    public Text name() {
        return name;
    }

    /** The step a filed case is placed at; filing completes it when it is the requester's. */
    public StepDefinition start() {
        return steps.get(startStep);
    }

    public Optional<StepDefinition> step(String stepCode) {
        return Optional.ofNullable(steps.get(stepCode));
    }

    /** The steps in the manual's order. */
    public List<StepDefinition> steps() {
        return List.copyOf(steps.values());
    }

    /** The procedure's own mail templates, when its steps send mails. */
    public Optional<MailTemplates> mailTemplates() {
        return Optional.ofNullable(mailTemplates);
    }

    /** Builds a declaration step by step, in the manual's order. */
    public static final class Builder {
        private final String code;
        private final String institution;
        private final Text name;
        private final List<StepBuilder> steps = new ArrayList<>();
        private String startStep;
        private String mailTemplates;

        private Builder(String code, String institution, Text name) {
            this.code = requireNonNull(code);
            this.institution = requireNonNull(institution);
            this.name = requireNonNull(name);
        }

        /** Begins a step; the first step declared is the start unless {@link #startsAt} says otherwise. */
        public StepBuilder step(String stepCode, Text title) {
            StepBuilder step = new StepBuilder(this, stepCode, title);
            if (steps.stream().anyMatch(s -> s.code.equals(stepCode))) {
                throw new IllegalStateException(code + ": step " + stepCode + " declared twice");
            }
            steps.add(step);
            if (startStep == null) {
                startStep = stepCode;
            }
            return step;
        }

        /**
         * The procedure's mail templates: the base name of its Spanish bundle ({@code
         * org.sigti.procedure.<family>.mail}), with an {@code _en} twin beside it. Required when a step mails.
         */
        public Builder mailTemplates(String bundleBaseName) {
            this.mailTemplates = requireNonNull(bundleBaseName);
            return this;
        }

        public Builder startsAt(String stepCode) {
            this.startStep = stepCode;
            return this;
        }

        public ProcedureDefinition build() {
            return new ProcedureDefinition(this);
        }
    }

    /** Builds one step. */
    public static final class StepBuilder {
        private final Builder parent;
        private final String code;
        private final Text title;
        private Text hint;
        private Responsible responsible;
        private String output;
        private final List<FieldDefinition> fields = new ArrayList<>();
        private final List<Outcome> outcomes = new ArrayList<>();
        private boolean observable;
        private boolean join;
        private final List<Notification> notifications = new ArrayList<>();

        private StepBuilder(Builder parent, String code, Text title) {
            this.parent = parent;
            this.code = code;
            this.title = title;
        }

        public StepBuilder by(String role, String queue) {
            this.responsible = Responsible.of(role, queue);
            return this;
        }

        public StepBuilder byRequester() {
            this.responsible = Responsible.requester();
            return this;
        }

        /** The queue is chosen when the previous step is done, from {@code field} among {@code queues}. */
        public StepBuilder byChosen(String role, String field, String... queues) {
            this.responsible = Responsible.chosen(role, field, Arrays.asList(queues));
            return this;
        }

        /**
         * The step belongs to the unit whose code {@code field} recorded (a unit's own review: "the Responsable of
         * each unit"): any unit, where {@link #byChosen} picks among declared queues.
         */
        public StepBuilder byUnitIn(String role, String field) {
            this.responsible = Responsible.chosen(role, field, List.of());
            return this;
        }

        public StepBuilder hint(String es, String en) {
            this.hint = Text.of(es, en);
            return this;
        }

        /** The record or document the manual says this step produces (Salida). */
        public StepBuilder output(String manualOutput) {
            this.output = manualOutput;
            return this;
        }

        public StepBuilder field(FieldDefinition field) {
            this.fields.add(field);
            return this;
        }

        /** Sends the mail {@code template} to {@code to} when the step is completed, whichever way out. */
        public StepBuilder mails(String template, Recipient... to) {
            notifications.add(new Notification(template, null, Arrays.asList(to)));
            return this;
        }

        /** Sends the mail {@code template} to {@code to} when the step is left by way {@code outcome}. */
        public StepBuilder mailsOn(String outcome, String template, Recipient... to) {
            notifications.add(new Notification(template, requireNonNull(outcome), Arrays.asList(to)));
            return this;
        }

        public StepBuilder observable() {
            this.observable = true;
            return this;
        }

        public StepBuilder join() {
            this.join = true;
            return this;
        }

        /** → n, the only way out. */
        public Builder next(String target) {
            return then(new Outcome("continuar", Text.of("Continuar", "Continue"), OutcomeKind.NEXT,
                    List.of(target), null, false, null));
        }

        /** → n, telling the requester (the manual's "notifica al usuario"). */
        public Builder nextNotifying(String target) {
            return then(new Outcome("continuar", Text.of("Continuar", "Continue"), OutcomeKind.NEXT,
                    List.of(target), null, true, null));
        }

        /** ◆ condition → n. */
        public StepBuilder decide(String key, Text label, String target) {
            outcomes.add(new Outcome(key, label, OutcomeKind.DECISION, List.of(target), null, false, null));
            return this;
        }

        /** ↺ back to an earlier step. */
        public StepBuilder loop(String key, Text label, String target) {
            outcomes.add(new Outcome(key, label, OutcomeKind.LOOP, List.of(target), null, false, null));
            return this;
        }

        /** ∥ several steps at once. */
        public StepBuilder fork(String key, Text label, String... targets) {
            outcomes.add(new Outcome(key, label, OutcomeKind.NEXT, Arrays.asList(targets), null, false, null));
            return this;
        }

        /** ⇒ into another procedure, at one of its steps. */
        public StepBuilder jump(String key, Text label, String procedure, String step) {
            outcomes.add(new Outcome(key, label, OutcomeKind.JUMP, List.of(step), procedure, false, null));
            return this;
        }

        /** END, recording how the case ended. */
        public StepBuilder end(String key, Text label, String closeOutcome) {
            outcomes.add(new Outcome(key, label, OutcomeKind.END, List.of(), null, false, closeOutcome));
            return this;
        }

        /** Makes the way out declared last also notify the requester. */
        public StepBuilder notifying() {
            Outcome last = outcomes.remove(outcomes.size() - 1);
            outcomes.add(last.notifying());
            return this;
        }

        /** Closes the step after decisions. */
        public Builder then() {
            return parent;
        }

        private Builder then(Outcome only) {
            outcomes.add(only);
            return parent;
        }

        StepDefinition build() {
            if (responsible == null) {
                throw new IllegalStateException(parent.code + " step " + code + ": nobody does it");
            }
            return new StepDefinition(code, title, hint == null ? Text.of("", "") : hint, responsible, output,
                    fields, outcomes, observable, join, notifications);
        }
    }
}
