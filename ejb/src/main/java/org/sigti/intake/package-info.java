/**
 * Cases from e-mail (issue 16): SIGTI reads the mailboxes the installation configures ({@link IntakeMailbox}), each
 * bound to a procedure, and files each new mail as a case of it, adds a reply to the case its subject names, and
 * leaves auto-replies, loops and duplicates alone ({@link MailIntake}), every poll from {@link IntakePoller}. A
 * feature module: uses the kernel (workflow, mail, people's profiles) and persistence, never a procedure or
 * jakarta.faces.
 */
package org.sigti.intake;
