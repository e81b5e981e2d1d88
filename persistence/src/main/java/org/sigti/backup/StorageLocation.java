package org.sigti.backup;

/** Where the copies of a schedule go (Nube privada, external device in custody, local disk, contingency storage). */
public enum StorageLocation {
    PRIVATE_CLOUD, EXTERNAL_DEVICE, LOCAL_DISK, CONTINGENCY_STORAGE
}
