package org.sigti.workflow.flow;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sigti.security.Roles;

/**
 * A procedure of a manual, declared once: code, institution, name, and its steps in the manual's order. The
 * builder checks the declaration (every target exists, every step can be left, the start step exists), so a
 * mistyped step number fails at deployment, not in front of a user.
 *
 * <pre>{@code
 * ProcedureDefinition.builder(UgatAitPr01.class, "UGAT/AIT-PR01", "AGETIC", "Atención general ...")
 *     .priorityFrom(SupportFields.IMPACT, SupportFields.URGENCY).solutionIn(SupportFields.SOLUTION)
 *     .mailTemplates("org.sigti.procedure.support.mail")
 *     .step("2", Text.of("Identificar, analizar y registrar el problema", "..."))
 *         .by(Roles.OPERADOR, "AIT").output("Registro del Problema en OsTicket").next("3")
 *     .step("6", Text.of("Actualizar la base de conocimiento si corresponde", "..."))
 *         .by(Roles.OPERADOR, "AIT").field(SupportFields.KB_TITLE)
 *         .onComplete(UgatAitPr01::recordArticle, SupportFields.KB_TITLE).next("7")
 *     .step("9", ...).by(Roles.RESPONSABLE, "AIT")
 *         .mailsOn("correcto", "closedReport", Recipient.role(Roles.JEFE, "JEFATURA"))
 *         .loop("devolver", Text.of("No atendido correctamente: devolver al operador", "..."), "3")
 *         .decide("conforme", Text.of("Atendido correctamente", "..."), "10")
 *     .build();
 * }</pre>
 *
 * <p>What a step does besides moving the case is bound to it here ({@link StepBuilder#onComplete},
 * {@link StepBuilder#on}), with the fields it reads, and the fields that drive the kernel are named here too
 * ({@link Builder#priorityFrom}, {@link Builder#solutionIn}): the build fails, naming the procedure and the step,
 * when a hook is bound to an unknown step or way out, or reads a field no step declares.
 */
public final class ProcedureDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String institution;
    private final Text name;
    private final String startStep;
    private final Map<String, StepDefinition> steps;
    private final Class<?> bean;
    private final List<Binding> bindings;
    private final List<FieldDefinition> priorityFields;
    private final FieldDefinition solutionField;
    private final List<String> openers;
    private final List<String> starters;
    private final boolean systemOnly;
    private final Offer offer;
    private final MailTemplates mailTemplates;

    private ProcedureDefinition(Builder<?> b) {
        this.code = b.code;
        this.institution = b.institution;
        this.name = b.name;
        this.startStep = b.startStep;
        LinkedHashMap<String, StepDefinition> built = new LinkedHashMap<>();
        b.steps.forEach(s -> built.put(s.code, s.build()));
        this.steps = java.util.Collections.unmodifiableMap(built);
        this.bean = b.bean;
        List<Binding> all = new ArrayList<>();
        b.steps.forEach(s -> all.addAll(s.bindings));
        all.addAll(b.bindings);
        this.bindings = List.copyOf(all);
        this.priorityFields = b.priorityFields;
        this.solutionField = b.solutionField;
        this.openers = List.copyOf(b.openers);
        this.starters = List.copyOf(b.starters);
        this.systemOnly = b.systemOnly;
        this.offer = b.offer;
        try {
            this.mailTemplates = b.mailTemplates == null ? null : MailTemplates.load(b.mailTemplates);
        } catch (IllegalStateException missing) {
            throw new IllegalStateException(code + ": " + missing.getMessage(), missing);
        }
        validate();
        validateBindings();
        validateMails();
    }

    /**
     * Declares a procedure whose steps may have hooks: {@code bean} is the procedure's EJB class, on which the
     * kernel runs them.
     */
    public static <P> Builder<P> builder(Class<P> bean, String code, String institution, Text name) {
        return new Builder<>(requireNonNull(bean), code, institution, name);
    }

    /** Declares a procedure whose steps only move the case (no hook). */
    public static Builder<Object> builder(String code, String institution, Text name) {
        return new Builder<>(null, code, institution, name);
    }

    private void validate() {
        if (!steps.containsKey(startStep)) {
            throw new IllegalStateException(code + ": start step " + startStep + " is not declared");
        }
        if (systemOnly && !starters.isEmpty()) {
            throw new IllegalStateException(code + ": startedBySystemOnly and startedBy exclude each other");
        }
        if (offer != null && systemOnly) {
            throw new IllegalStateException(code + ": a procedure only SIGTI opens is offered to nobody");
        }
        if (!starters.isEmpty() && !start().responsible().isRequester()) {
            throw new IllegalStateException(code + ": startedBy names who files the case, but start step "
                    + startStep + " is not the requester's");
        }
        java.util.Set<String> opened = new java.util.HashSet<>();
        for (StepDefinition step : steps.values()) {
            if (step.outcomes().isEmpty()) {
                throw new IllegalStateException(code + " step " + step.code() + " has no way out");
            }
            validateLinks(step, opened);
            step.opens().ifPresent(child -> opened.add(child.key()));
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
     * A waiting step waits on a key an earlier step (in the manual's order) opens, is not the start step, has one way
     * out and records nothing; the linked procedure and step are checked once all procedures are known
     * ({@code Procedures}).
     */
    private void validateLinks(StepDefinition step, java.util.Set<String> openedBefore) {
        AwaitedCase wait = step.awaitsCase();
        if (wait == null) {
            return;
        }
        String where = code + " step " + step.code();
        if (!openedBefore.contains(wait.key())) {
            throw new IllegalStateException(where + " awaits case " + wait.key() + ", which no earlier step opens");
        }
        if (step.code().equals(startStep)) {
            throw new IllegalStateException(where + ": the start step cannot await a linked case");
        }
        if (step.outcomes().size() != 1 || step.observable() || !step.fields().isEmpty() || step.join()) {
            throw new IllegalStateException(where + " awaits case " + wait.key() + ": it must have one way out and"
                    + " record nothing (SIGTI completes it)");
        }
    }

    private void validateBindings() {
        List<String> declared = steps.values().stream().flatMap(st -> st.fields().stream())
                .map(FieldDefinition::name).toList();
        if (!bindings.isEmpty() && bean == null) {
            throw new IllegalStateException(code + ": hooks are bound but no procedure class is declared");
        }
        for (Binding b : bindings) {
            String where = Binding.ANY_END.equals(b.step()) ? "the end of the case" : "step " + b.step();
            if (!Binding.ANY_END.equals(b.step())) {
                StepDefinition step = steps.get(b.step());
                if (step == null) {
                    throw new IllegalStateException(code + ": a hook is bound to unknown step " + b.step());
                }
                if (b.outcome() != null && step.outcome(b.outcome()).isEmpty()) {
                    throw new IllegalStateException(code + " step " + b.step() + ": a hook is bound to unknown way"
                            + " out " + b.outcome());
                }
            }
            b.reads().stream().filter(f -> !declared.contains(f.name())).findFirst().ifPresent(f -> {
                throw new IllegalStateException(code + " " + where + ": a hook reads undeclared field " + f.name());
            });
        }
        for (FieldDefinition f : kernelFields()) {
            if (!declared.contains(f.name())) {
                throw new IllegalStateException(code + ": the kernel reads undeclared field " + f.name());
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
                java.util.stream.Stream.concat(mail.to().stream(), mail.cc().stream()).forEach(r -> r.readsField().filter(f -> !fields.contains(f)).ifPresent(f -> {
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

    /** The procedure's own mail templates, when its steps send mails. */
    public Optional<MailTemplates> mailTemplates() {
        return Optional.ofNullable(mailTemplates);
    }

    private List<FieldDefinition> kernelFields() {
        List<FieldDefinition> fields = new ArrayList<>(priorityFields);
        if (solutionField != null) {
            fields.add(solutionField);
        }
        return fields;
    }

    /**
     * Runs, on the procedure's EJB, the hooks bound to leaving {@code t.fromStep()} by {@code t.outcome()}, in the
     * order they were declared. A transition of another procedure (the case jumped) runs nothing.
     */
    public void run(Object procedure, org.sigti.workflow.Transition t) {
        if (!code.equals(t.procedureCode())) {
            return;
        }
        StepDefinition step = steps.get(t.fromStep());
        Outcome way = step == null ? null : step.outcome(t.outcome()).orElse(null);
        if (way == null) {
            return;
        }
        for (Binding b : bindings) {
            if (b.matches(step.code(), way)) {
                if (!bean.isInstance(procedure)) {
                    throw new IllegalStateException(code + ": hooks run on " + bean.getName() + ", not on "
                            + procedure.getClass().getName());
                }
                b.hook().run(procedure, t.declaredBy(this));
            }
        }
    }

    /** The hooks bound to this declaration's steps. */
    public List<Binding> bindings() {
        return bindings;
    }

    /** The impact and urgency fields the case's priority is computed from (ITIL matrix), or none. */
    public List<FieldDefinition> priorityFields() {
        return priorityFields;
    }

    /** The field holding the solution the requester is told of, if the procedure has one. */
    public Optional<FieldDefinition> solutionField() {
        return Optional.ofNullable(solutionField);
    }

    /**
     * Whether cases of this procedure are opened by {@code opener} (a module's calendar: the backup schedules...),
     * as the declaration says.
     */
    public boolean openedBy(String opener) {
        return openers.contains(opener);
    }

    /**
     * The roles whose holders may file a case of this procedure (the manual's "exclusivamente a requerimiento de
     * ..."), any one of them sufficing; empty when the procedure does not restrict it (its start step says who).
     */
    public List<String> starters() {
        return starters;
    }

    /**
     * Whether only SIGTI opens cases of this procedure (its calendar, or a module's request), never a person: the
     * catalog offers it to nobody and the kernel refuses, and audits, a person's start.
     */
    public boolean startedBySystemOnly() {
        return systemOnly;
    }

    /**
     * How "Nueva solicitud" offers the procedure to people outside the IT office: in their words ("Tengo un problema
     * con mi equipo…"), not the manual's name and code, ranked among the services of their institution (lower first).
     * The IT office still reads the code and the manual's name. Empty: offered by its name, after the others.
     */
    public Optional<Offer> offer() {
        return Optional.ofNullable(offer);
    }

    /** A service as a requester asks for it, and its place among the services offered (lower first). */
    public record Offer(int rank, Text label) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Offer {
            requireNonNull(label);
        }
    }

    /** Every value any step of this procedure records. */
    public boolean declares(String fieldName) {
        return steps.values().stream().anyMatch(st -> st.field(fieldName).isPresent());
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

    /**
     * Builds a declaration step by step, in the manual's order.
     *
     * @param <P> the procedure's EJB class, on which its hooks run
     */
    public static final class Builder<P> {
        private final Class<P> bean;
        private final String code;
        private final String institution;
        private final Text name;
        private final List<StepBuilder<P>> steps = new ArrayList<>();
        private final List<Binding> bindings = new ArrayList<>();
        private final List<String> openers = new ArrayList<>();
        private final List<String> starters = new ArrayList<>();
        private boolean systemOnly;
        private Offer offer;
        private List<FieldDefinition> priorityFields = List.of();
        private FieldDefinition solutionField;
        private String startStep;
        private String mailTemplates;

        private Builder(Class<P> bean, String code, String institution, Text name) {
            this.bean = bean;
            this.code = requireNonNull(code);
            this.institution = requireNonNull(institution);
            this.name = requireNonNull(name);
        }

        /** The case's priority is computed from these two fields (impact × urgency) when a step records them. */
        public Builder<P> priorityFrom(FieldDefinition impact, FieldDefinition urgency) {
            this.priorityFields = List.of(requireNonNull(impact), requireNonNull(urgency));
            return this;
        }

        /** The field whose value is the solution the requester is told of when asked to confirm or notified. */
        public Builder<P> solutionIn(FieldDefinition solution) {
            this.solutionField = requireNonNull(solution);
            return this;
        }

        /**
         * The procedure's mail templates: the base name of its Spanish bundle ({@code
         * org.sigti.procedure.<family>.mail}), with an {@code _en} twin beside it. Required when a step mails.
         */
        public Builder<P> mailTemplates(String bundleBaseName) {
            this.mailTemplates = requireNonNull(bundleBaseName);
            return this;
        }

        /** Cases of this procedure are opened by {@code opener}, a module's calendar (see {@link #openedBy}). */
        public Builder<P> openedBy(String opener) {
            this.openers.add(requireNonNull(opener));
            return this;
        }

        /**
         * Only holders of one of {@code roles} may file a case, as the manual says who asks for it (e.g. "se realiza
         * exclusivamente a requerimiento de la Dirección de Recursos Humanos o Autoridades"); the kernel refuses
         * and audits anyone else. Without it, whoever the start step names files. Each role must be a realm role
         * ({@link Roles#ALL}), and not the Auditor, who writes nothing.
         */
        public Builder<P> startedBy(String... roles) {
            if (roles.length == 0) {
                throw new IllegalStateException(code + ": startedBy names no role");
            }
            for (String role : roles) {
                if (!Roles.ALL.contains(role) || Roles.AUDITOR.equals(role)) {
                    throw new IllegalStateException(code + ": startedBy names " + role + ", which is not a role"
                            + " that may file a case (" + Roles.ALL + ")");
                }
                if (!starters.contains(role)) {
                    starters.add(role);
                }
            }
            return this;
        }

        /**
         * Only SIGTI opens cases of this procedure ({@code CaseEngine.startBySystem}: a calendar, a module's
         * request), e.g. a semiannual reconciliation the manual schedules; a person's start is refused and audited,
         * and the catalog offers it to nobody.
         */
        public Builder<P> startedBySystemOnly() {
            systemOnly = true;
            return this;
        }

        /**
         * Offers the procedure in "Nueva solicitud" as {@code label}, the service in its requester's words, ranked
         * {@code rank} among its institution's services (see {@link ProcedureDefinition#offer}).
         */
        public Builder<P> offeredAs(int rank, Text label) {
            this.offer = new Offer(rank, label);
            return this;
        }

        /** Runs {@code hook} when any of {@code stepCodes} is completed (one hook shared by several steps). */
        public Builder<P> onComplete(StepHook<? super P> hook, List<String> stepCodes, FieldDefinition... reads) {
            stepCodes.forEach(stepCode -> bindings.add(binding(stepCode, null, hook, reads)));
            return this;
        }

        /** Runs {@code hook} when step {@code stepCode} is left by the way out {@code outcome}. */
        public Builder<P> on(String stepCode, String outcome, StepHook<? super P> hook, FieldDefinition... reads) {
            bindings.add(binding(stepCode, requireNonNull(outcome), hook, reads));
            return this;
        }

        /** Runs {@code hook} whenever the case ends, by any step's ending way out. */
        public Builder<P> onEnd(StepHook<? super P> hook, FieldDefinition... reads) {
            bindings.add(binding(Binding.ANY_END, null, hook, reads));
            return this;
        }

        @SuppressWarnings("unchecked")
        private Binding binding(String stepCode, String outcome, StepHook<? super P> hook, FieldDefinition... reads) {
            StepHook<? super P> h = requireNonNull(hook);
            return new Binding(stepCode, outcome, (StepHook<Object>) (StepHook<?>) h, Arrays.asList(reads));
        }

        /** Begins a step; the first step declared is the start unless {@link #startsAt} says otherwise. */
        public StepBuilder<P> step(String stepCode, Text title) {
            StepBuilder<P> step = new StepBuilder<>(this, stepCode, title);
            if (steps.stream().anyMatch(s -> s.code.equals(stepCode))) {
                throw new IllegalStateException(code + ": step " + stepCode + " declared twice");
            }
            steps.add(step);
            if (startStep == null) {
                startStep = stepCode;
            }
            return step;
        }

        public Builder<P> startsAt(String stepCode) {
            this.startStep = stepCode;
            return this;
        }

        public ProcedureDefinition build() {
            return new ProcedureDefinition(this);
        }
    }

    /** Builds one step. */
    public static final class StepBuilder<P> {
        private final Builder<P> parent;
        private final String code;
        private final Text title;
        private Text hint;
        private Responsible responsible;
        private String output;
        private final List<FieldDefinition> fields = new ArrayList<>();
        private final List<Outcome> outcomes = new ArrayList<>();
        private boolean observable;
        private boolean join;
        private final List<Binding> bindings = new ArrayList<>();
        private final List<Notification> notifications = new ArrayList<>();
        private ChildCase opensCase;
        private AwaitedCase awaitsCase;

        private StepBuilder(Builder<P> parent, String code, Text title) {
            this.parent = parent;
            this.code = code;
            this.title = title;
        }

        public StepBuilder<P> by(String role, String queue) {
            this.responsible = Responsible.of(role, queue);
            return this;
        }

        public StepBuilder<P> byRequester() {
            this.responsible = Responsible.requester();
            return this;
        }

        /** The queue is chosen when the previous step is done, from {@code field} among {@code queues}. */
        public StepBuilder<P> byChosen(String role, String field, String... queues) {
            this.responsible = Responsible.chosen(role, field, Arrays.asList(queues));
            return this;
        }

        /**
         * The step belongs to the unit whose code {@code field} recorded (a unit's own review: "the Responsable of
         * each unit"): any unit, where {@link #byChosen} picks among declared queues.
         */
        public StepBuilder<P> byUnitIn(String role, String field) {
            this.responsible = Responsible.chosen(role, field, List.of());
            return this;
        }

        public StepBuilder<P> hint(String es, String en) {
            this.hint = Text.of(es, en);
            return this;
        }

        /** The record or document the manual says this step produces (Salida). */
        public StepBuilder<P> output(String manualOutput) {
            this.output = manualOutput;
            return this;
        }

        public StepBuilder<P> field(FieldDefinition field) {
            this.fields.add(field);
            return this;
        }

        public StepBuilder<P> observable() {
            this.observable = true;
            return this;
        }

        public StepBuilder<P> join() {
            this.join = true;
            return this;
        }

        /** Sends the mail {@code template} to {@code to} when the step is completed, whichever way out. */
        public StepBuilder<P> mails(String template, Recipient... to) {
            notifications.add(new Notification(template, null, Arrays.asList(to)));
            return this;
        }

        /** Sends the mail {@code template} to {@code to} when the step is left by way {@code outcome}. */
        public StepBuilder<P> mailsOn(String outcome, String template, Recipient... to) {
            notifications.add(new Notification(template, requireNonNull(outcome), Arrays.asList(to)));
            return this;
        }

        /**
         * Sends the mail {@code template} to {@code to}, with {@code cc} in copy (its Cc header), when the step is left
         * by way {@code outcome}.
         */
        public StepBuilder<P> mailsOn(String outcome, String template, List<Recipient> to, List<Recipient> cc) {
            notifications.add(new Notification(template, requireNonNull(outcome), to, cc));
            return this;
        }

        /**
         * ⇲ When this step is completed, SIGTI files a linked case of {@code procedure} (e.g. the help desk's ticket),
         * its start step completed by SIGTI (its side effects run, as for {@code CaseEngine.startBySystem}), titled
         * after this step and the parent case; {@code key} names the link ("QA", "PASE", "PUB", "CAP"). The parent
         * goes on by its outcome as usual. A later step waits on it with {@link #awaitsCase}; a step done again (a
         * loop) files a new linked case under the same key, and the waits then follow the newest.
         */
        public StepBuilder<P> opensCase(String key, String procedure) {
            this.opensCase = new ChildCase(key, procedure);
            return this;
        }

        /**
         * The step waits; nobody acts on it (no inbox shows it). It is left by its only way out, by SIGTI, exactly
         * once, when the case linked under {@code key} (by an earlier step's {@link #opensCase}) has completed step
         * {@code childStep} (null: when it has closed). If that already happened, the parent goes straight on. A
         * {@link #by} on such a step only says who does the work in the linked case (the diagram's lane).
         */
        public StepBuilder<P> awaitsCase(String key, String childStep) {
            this.awaitsCase = new AwaitedCase(key, childStep);
            return this;
        }

        /** Runs {@code hook} when this step is completed, whatever the way out. */
        public StepBuilder<P> onComplete(StepHook<? super P> hook, FieldDefinition... reads) {
            bindings.add(parent.binding(code, null, hook, reads));
            return this;
        }

        /**
         * Runs {@code hook} when this step is left by the way out {@code outcome} (declared on this step, before or
         * after this call).
         */
        public StepBuilder<P> on(String outcome, StepHook<? super P> hook, FieldDefinition... reads) {
            bindings.add(parent.binding(code, requireNonNull(outcome), hook, reads));
            return this;
        }

        /** → n, the only way out. */
        public Builder<P> next(String target) {
            return then(new Outcome("continuar", Text.of("Continuar", "Continue"), OutcomeKind.NEXT,
                    List.of(target), null, false, null));
        }

        /** → n, telling the requester (the manual's "notifica al usuario"). */
        public Builder<P> nextNotifying(String target) {
            return then(new Outcome("continuar", Text.of("Continuar", "Continue"), OutcomeKind.NEXT,
                    List.of(target), null, true, null));
        }

        /** ◆ condition → n. */
        public StepBuilder<P> decide(String key, Text label, String target) {
            outcomes.add(new Outcome(key, label, OutcomeKind.DECISION, List.of(target), null, false, null));
            return this;
        }

        /** ↺ back to an earlier step. */
        public StepBuilder<P> loop(String key, Text label, String target) {
            outcomes.add(new Outcome(key, label, OutcomeKind.LOOP, List.of(target), null, false, null));
            return this;
        }

        /** ∥ several steps at once. */
        public StepBuilder<P> fork(String key, Text label, String... targets) {
            outcomes.add(new Outcome(key, label, OutcomeKind.NEXT, Arrays.asList(targets), null, false, null));
            return this;
        }

        /** ⇒ into another procedure, at one of its steps. */
        public StepBuilder<P> jump(String key, Text label, String procedure, String step) {
            outcomes.add(new Outcome(key, label, OutcomeKind.JUMP, List.of(step), procedure, false, null));
            return this;
        }

        /** END, recording how the case ended. */
        public StepBuilder<P> end(String key, Text label, String closeOutcome) {
            outcomes.add(new Outcome(key, label, OutcomeKind.END, List.of(), null, false, closeOutcome));
            return this;
        }

        /** Makes the way out declared last also notify the requester. */
        public StepBuilder<P> notifying() {
            Outcome last = outcomes.remove(outcomes.size() - 1);
            outcomes.add(last.notifying());
            return this;
        }

        /** Closes the step after decisions. */
        public Builder<P> then() {
            return parent;
        }

        private Builder<P> then(Outcome only) {
            outcomes.add(only);
            return parent;
        }

        StepDefinition build() {
            if (responsible == null && awaitsCase == null) {
                throw new IllegalStateException(parent.code + " step " + code + ": nobody does it");
            }
            return new StepDefinition(code, title, hint == null ? Text.of("", "") : hint,
                    responsible == null ? Responsible.sigti() : responsible, output, fields, outcomes, observable,
                    join, notifications, opensCase, awaitsCase);
        }
    }
}
